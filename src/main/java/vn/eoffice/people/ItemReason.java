package vn.eoffice.people;

/**
 * Why a person is in the training plan: a competency gap found by review, a standard of his position he does not
 * meet (political theory), a duty of his post (knowledge updates for leaders), or the personnel office's choice.
 */
public enum ItemReason {
    GAP, STANDARD, DUTY, MANUAL
}
