package vn.eoffice.exchange.web;

import vn.eoffice.exchange.Corrections;

/**
 * A correction of a released document, as the clerk fills it in: update or replace, the số, ký hiệu of the replacing
 * document (replace only) and the reason the receivers will read. Checked by {@link Corrections}, which answers
 * with the rule broken.
 */
record CorrectionForm(Corrections.Kind kind, String replacement, String reason) {
}
