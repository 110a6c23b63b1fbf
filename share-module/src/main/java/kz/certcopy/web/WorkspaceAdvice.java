package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import kz.certcopy.common.CertCopyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.ErrorResponse;

/**
 * Every workspace page gets the desk (header) and the language; an error of the platform becomes a page in the
 * clerk's language with the code, never a stack trace. Takes precedence over the API's problem+json handler for
 * the page controllers only.
 */
@ControllerAdvice(assignableTypes = {TodayController.class, RequestPages.class, ScanPage.class,
        SupervisorBoard.class, LanguageController.class, RecordsOffice.class,
        CopySearch.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WorkspaceAdvice {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceAdvice.class);

    private final Workspace workspace;
    private final MessageSource messages;
    private final UnsentForms unsent;

    public WorkspaceAdvice(Workspace workspace, MessageSource messages, UnsentForms unsent) {
        this.workspace = workspace;
        this.messages = messages;
        this.unsent = unsent;
    }

    @ModelAttribute
    void common(Model model, Locale locale, HttpServletRequest req) {
        model.addAttribute("lang", locale.getLanguage());
        String query = req.getQueryString();
        String here = req.getRequestURI() + (query == null ? "" : "?" + query);
        if ("POST".equals(req.getMethod())) {
            // the answer to a form (its errors, or an error page) stands for the form's page: the address bar, a
            // reload and the language switch go there, not to the POST-only address (FormPages)
            here = req.getContextPath() + FormPages.pageOf(FormPages.path(req)).orElse("/");
            model.addAttribute("address", here);
        }
        model.addAttribute("here", here);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())) {
            model.addAttribute("desk", workspace.desk(locale));
        }
        restored(model, req);
    }

    /**
     * A form brought back after sign-in ({@link ExpiredSessionForms}) is offered on its page, filled in by the page's
     * script with a notice, until the clerk sends that form again (whatever the outcome: the answer shows what was
     * sent) or it runs out; the clerk's own session holds it meanwhile.
     */
    private void restored(Model model, HttpServletRequest req) {
        var session = req.getSession(false);
        if (session == null || !(session.getAttribute(UnsentForms.SESSION_ATTRIBUTE) instanceof UnsentForm form)) {
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean sentAgain = "POST".equals(req.getMethod()) && path.equals(form.action());
        if (sentAgain || unsent.expired(form)) {
            session.removeAttribute(UnsentForms.SESSION_ATTRIBUTE);
        } else if ("GET".equals(req.getMethod()) && form.page().equals(path + (req.getQueryString() == null ? ""
                : "?" + req.getQueryString()))) {
            model.addAttribute("unsent", form);
            if (!form.hasFields()) { // the place alone: shown once
                session.removeAttribute(UnsentForms.SESSION_ATTRIBUTE);
            }
        }
    }

    @ExceptionHandler(CertCopyException.class)
    String failed(CertCopyException e, Model model, Locale locale, HttpServletRequest req,
                  HttpServletResponse res) {
        return page(e.kind().httpStatus(), e.code(), e.args(), model, locale, req, res);
    }

    /** Bad form input Spring rejects (missing or malformed field: 4xx), or a failure of ours (500), as a page. */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, Locale locale, HttpServletRequest req, HttpServletResponse res) {
        if (e instanceof TypeMismatchException
                || e instanceof ErrorResponse r && r.getStatusCode().is4xxClientError()) {
            int status = e instanceof ErrorResponse r ? r.getStatusCode().value() : 400;
            return page(status, "INVALID_REQUEST", new Object[0], model, locale, req, res);
        }
        log.error("Unexpected failure on a workspace page: {}", e.getClass().getName(), e); // type only: no input
        return page(500, "INTERNAL_ERROR", new Object[0], model, locale, req, res);
    }

    private String page(int status, String code, Object[] args, Model model, Locale locale, HttpServletRequest req,
                        HttpServletResponse res) {
        res.setStatus(status);
        common(model, locale, req);
        model.addAttribute("code", code);
        model.addAttribute("message", messages.getMessage("error." + code, args, code, locale));
        return "error-page";
    }
}
