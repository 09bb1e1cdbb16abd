package vn.eoffice.exchange.edxml;

/**
 * An agency as edXML names it (From, To): its mã định danh and contact details.
 */
public record Organization(String organId, String organizationInCharge, String organName, String organAdd,
        String email, String telephone, String fax, String website) {

    public static Organization of(String organId, String organName) {
        return new Organization(organId, null, organName, null, null, null, null, null);
    }
}
