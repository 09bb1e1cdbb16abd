-- edXML Organization/Fax and PromulgationInfo/Place (QCVN 102:2016) come from the agency (issue 21).
alter table agency add column fax varchar(50);
alter table agency add column place varchar(100);
