package kz.certcopy.forms;

/**
 * The defects listed in rule 9.3, in the rule's order. {@link #COPIES} is the rule's first defect: the Kazakh
 * text says «көшірмелері» (copies) where the usual Russian formula has «подчистки» (erasures); the Annex 2
 * form keeps the rule's own wording in each language (see docs/FORMS.md).
 */
public enum DocumentDefect {
    COPIES,
    ADDITIONS,
    CROSSED_OUT_WORDS,
    OTHER_UNSTATED_CORRECTIONS,
    PENCIL,
    ILLEGIBLE_SEAL
}
