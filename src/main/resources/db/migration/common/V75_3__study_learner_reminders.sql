-- Resolution study: the ledger of reminders sent to committees' clerks and leaders (programme opened, reflections
-- due), one row per (committee, kind, recipient) so that no node sends the same one twice; and the index the
-- learner pages read by cell.
create table study_learner_reminder (
  committee_id  bigint       not null references study_committee (id),
  kind          varchar(20)  not null,
  recipient_id  bigint       not null references app_user (id),
  sent_at       timestamp    not null,
  primary key (committee_id, kind, recipient_id)
);
create index study_learner_member on study_learner (member_id);
