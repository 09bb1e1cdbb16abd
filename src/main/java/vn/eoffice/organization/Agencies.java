package vn.eoffice.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Agencies extends JpaRepository<Agency, Long>, JpaSpecificationExecutor<Agency> {

    List<Agency> findByHostedTrueOrderByName();

    List<Agency> findAllByOrderByName();

    Optional<Agency> findByIdentifierCode(String identifierCode);

    Optional<Agency> findFirstByAbbreviationAndHostedTrueOrderByIdDesc(String abbreviation);

    List<Agency> findByHostedFalseOrderByName();

    List<Agency> findByParentIdOrderByName(Long parentId);

    @Query("select a.identifierCode from Agency a where a.identifierCode is not null")
    List<String> identifierCodes();

    /** Agencies in force on {@code date} (every agency when it is null). */
    static Specification<Agency> inForceOn(java.time.LocalDate date) {
        return (root, query, cb) -> date == null ? cb.conjunction()
                : cb.and(cb.lessThanOrEqualTo(root.get("validity").get("from"), date),
                        cb.or(cb.isNull(root.get("validity").get("to")),
                                cb.greaterThanOrEqualTo(root.get("validity").get("to"), date)));
    }

    /** Hosted or external agencies (null: both) whose folded name, abbreviations or code contain the text. */
    static Specification<Agency> matching(Boolean hosted, String text) {
        return (root, query, cb) -> {
            var folded = SearchText.fold(text);
            var byHosting = hosted == null ? cb.conjunction() : cb.equal(root.get("hosted"), hosted);
            if (folded.isEmpty()) {
                return byHosting;
            }
            String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            return cb.and(byHosting, cb.like(root.get("searchKey"), pattern, '\\'));
        };
    }
}
