package vn.eoffice.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoredDocuments extends JpaRepository<MonitoredDocument, Long> {

    List<MonitoredDocument> findByAgencyIdOrderByIdDesc(Long agencyId);

    @org.springframework.data.jpa.repository.Query("select d.id from MonitoredDocument d")
    List<Long> allIds();
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
