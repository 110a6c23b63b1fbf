package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.certification.RefusalItem;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * The refusal form as the clerk filled it in (fields {@code refuse} = the originals marked for refusal,
 * {@code grounds-N} = the grounds ticked for original N, {@code details-N} = its reason), kept whole so that a form
 * sent back with an error shows everything typed. {@link #items()} checks each original on its own and collects
 * the errors per original instead of stopping at the first one.
 */
public final class RefusalDraft {

    private static final Pattern FIELD = Pattern.compile("(?:grounds|details)-(\\d{1,4})");

    private final Set<Integer> marked = new TreeSet<>();
    private final Map<Integer, Set<String>> grounds = new LinkedHashMap<>();
    private final Map<Integer, String> details = new LinkedHashMap<>();
    private final Map<Integer, CertCopyException> errors = new LinkedHashMap<>();

    private RefusalDraft() {
    }

    public static RefusalDraft empty() {
        return new RefusalDraft();
    }

    /** Reads the form: the originals it names in {@code refuse}, {@code grounds-N} or {@code details-N}. */
    public static RefusalDraft from(HttpServletRequest req) {
        RefusalDraft d = new RefusalDraft();
        for (String v : values(req, "refuse")) {
            if (v.matches("\\d{1,4}")) {
                d.marked.add(Integer.parseInt(v));
            }
        }
        Set<Integer> named = new TreeSet<>(d.marked);
        req.getParameterMap().keySet().stream().map(FIELD::matcher).filter(Matcher::matches)
                .forEach(m -> named.add(Integer.parseInt(m.group(1))));
        for (int n : named) {
            d.grounds.put(n, new TreeSet<>(Arrays.asList(values(req, "grounds-" + n))));
            String text = req.getParameter("details-" + n);
            if (text != null && !text.isEmpty()) {
                d.details.put(n, text);
            }
        }
        return d;
    }

    private static String[] values(HttpServletRequest req, String name) {
        String[] v = req.getParameterValues(name);
        return v == null ? new String[0] : v;
    }

    /**
     * The items of the marked originals, each checked as the domain will check it (grounds present and not
     * contradictory, reasons where 9.3 needs them, text limits). Grounds ticked on an original that is not marked
     * are an error too: refusing the others and silently dropping that one would surprise the clerk.
     */
    public List<RefusalItem> items() {
        List<RefusalItem> items = new ArrayList<>();
        grounds.forEach((n, ticked) -> {
            if (!marked.contains(n)) {
                if (!ticked.isEmpty()) {
                    errors.put(n, new CertCopyException("WEB_REFUSAL_NOT_MARKED", ErrorKind.INVALID_INPUT, n));
                }
                return;
            }
            try {
                Set<RefusalGround> chosen = EnumSet.noneOf(RefusalGround.class);
                for (String g : ticked) {
                    chosen.add(Arrays.stream(RefusalGround.values()).filter(x -> x.name().equals(g)).findFirst()
                            .orElseThrow(() -> new CertCopyException("REFUSAL_GROUND_REQUIRED",
                                    ErrorKind.INVALID_INPUT, n)));
                }
                RefusalItem item = new RefusalItem(n, chosen, details.get(n));
                item.requireReasons();
                items.add(item);
            } catch (CertCopyException e) {
                errors.put(n, e);
            }
        });
        return items;
    }

    /** Places an error the service raised next to the original it names, when it names a marked one. */
    public boolean attach(CertCopyException e) {
        Object[] args = e.args();
        if (args.length > 0 && args[0] instanceof Integer n && marked.contains(n)) {
            errors.put(n, e);
            return true;
        }
        return false;
    }

    public boolean isMarked(int original) {
        return marked.contains(original);
    }

    public boolean hasGround(int original, String ground) {
        return grounds.getOrDefault(original, Set.of()).contains(ground);
    }

    public String details(int original) {
        return details.getOrDefault(original, "");
    }

    public boolean anyMarked() {
        return !marked.isEmpty();
    }

    public Map<Integer, CertCopyException> errors() {
        return errors;
    }
}
