package kz.certcopy.forms;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size; the line height follows the size. */
record Style(PDFont font, float size) {

    float leading() {
        return size * 1.25f;
    }
}
