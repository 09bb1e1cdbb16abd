package vn.eoffice.evaluation;

/**
 * A sheet with its period, its computed figures, the unit's name and what the viewer may do on it now. The rating
 * decided is shown to the person only once published.
 */
public record SheetPage(SheetView sheet, PeriodView period, Figures figures, String unitName, Actions actions) {

    /** The steps the viewer may take now. */
    public record Actions(boolean assessSelf, boolean propose, boolean recordMeeting, boolean decide) {
    }
}
