package vn.eoffice.signing;

import java.util.List;

/**
 * What a visible signature shows and where it goes, per Decree 30 Phụ lục I: the signer's image between title and
 * name on the last page; the agency's seal overlapping the left third of it; on attachments, text only at the top
 * right of the first page.
 *
 * @param kind    where the signature is placed
 * @param image   a transparent PNG (signature or seal), or null for text only
 * @param lines   the text shown (number and symbol, signing time...), may be empty
 * @param anchorText the text the signature is placed above (the signer's name), or null
 */
record SignatureAppearance(Kind kind, byte[] image, List<String> lines, String anchorText) {

    enum Kind { PERSONAL, ORGANISATION, ATTACHMENT }
}
