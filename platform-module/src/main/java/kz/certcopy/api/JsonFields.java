package kz.certcopy.api;

import tools.jackson.core.JacksonException;

/** The JSON path of the field a body could not be read at, for problems that must say which field was wrong. */
final class JsonFields {

    private JsonFields() {
    }

    /** e.g. {@code items[0].original}; {@code $} for the body itself. */
    static String path(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                StringBuilder s = new StringBuilder();
                for (JacksonException.Reference r : j.getPath()) {
                    if (r.getPropertyName() != null) {
                        s.append(s.isEmpty() ? "" : ".").append(r.getPropertyName());
                    } else if (r.getIndex() >= 0) {
                        s.append('[').append(r.getIndex()).append(']');
                    }
                }
                return s.isEmpty() ? "$" : s.toString();
            }
        }
        return "$";
    }
}
