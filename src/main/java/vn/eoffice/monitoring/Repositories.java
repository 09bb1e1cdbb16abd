package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoredDocuments extends JpaRepository<MonitoredDocument, Long> {

    List<MonitoredDocument> findByAgencyIdOrderByIdDesc(Long agencyId);

    @org.springframework.data.jpa.repository.Query("select d.id from MonitoredDocument d")
    List<Long> allIds();

    /** The documents a committee reports on. */
    @org.springframework.data.jpa.repository.Query(
            "select d from MonitoredDocument d join d.committeeIds c where c = ?1 order by d.id desc")
    List<MonitoredDocument> reportedOnBy(Long committeeId);

    /** The documents of an agency that committees report on. */
    @org.springframework.data.jpa.repository.Query("select distinct d from MonitoredDocument d join d.committeeIds c"
            + " where d.agencyId = ?1 order by d.id desc")
    List<MonitoredDocument> withCommittees(Long agencyId);

    /** Every document that committees report on, for the reminder job. */
    @org.springframework.data.jpa.repository.Query(
            "select distinct d from MonitoredDocument d join d.committeeIds c order by d.id")
    List<MonitoredDocument> allWithCommittees();

    Optional<MonitoredDocument> findFirstByAgencyIdAndNotationAndResolutionIdIsNull(Long agencyId, String notation);
}

interface PlanItems extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByMonitoredDocumentIdOrderById(Long documentId);
}

interface ImplementationReports extends JpaRepository<ImplementationReport, Long> {

    List<ImplementationReport> findByMonitoredDocumentIdOrderByPeriodStartAscUnitIdAsc(Long documentId);

    Optional<ImplementationReport> findByMonitoredDocumentIdAndPeriodStartAndUnitId(Long documentId, LocalDate start,
            Long unitId);
}

interface SupervisionPlans extends JpaRepository<SupervisionPlan, Long> {

    List<SupervisionPlan> findByMonitoredDocumentIdOrderByStartDateDescIdDesc(Long documentId);
}

interface Recommendations extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByPlanIdOrderById(Long planId);
}

interface CommitteeReports extends JpaRepository<CommitteeReport, Long> {

    List<CommitteeReport> findByMonitoredDocumentId(Long documentId);

    Optional<CommitteeReport> findByMonitoredDocumentIdAndPeriodStartAndCommitteeId(Long documentId,
            LocalDate start, Long committeeId);
}

interface ActionProgrammeDuties extends JpaRepository<ActionProgramme, Long> {

    List<ActionProgramme> findByResolutionIdOrderById(Long resolutionId);

    List<ActionProgramme> findByCommitteeIdAndSubmittedOnIsNull(Long committeeId);

    Optional<ActionProgramme> findByResolutionIdAndCommitteeId(Long resolutionId, Long committeeId);
}
