package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import kz.certcopy.common.CertCopyException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

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

    private final Workspace workspace;
    private final MessageSource messages;

    public WorkspaceAdvice(Workspace workspace, MessageSource messages) {
        this.workspace = workspace;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model, Locale locale, HttpServletRequest req) {
        model.addAttribute("lang", locale.getLanguage());
        String query = req.getQueryString();
        model.addAttribute("here", req.getRequestURI() + (query == null ? "" : "?" + query));
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())) {
            model.addAttribute("desk", workspace.desk(locale));
        }
    }

    @ExceptionHandler(CertCopyException.class)
    String failed(CertCopyException e, Model model, Locale locale, HttpServletRequest req,
                  HttpServletResponse res) {
        res.setStatus(e.kind().httpStatus());
        common(model, locale, req);
        model.addAttribute("code", e.code());
        model.addAttribute("message", messages.getMessage("error." + e.code(), e.args(), e.code(), locale));
        return "error-page";
    }
}
