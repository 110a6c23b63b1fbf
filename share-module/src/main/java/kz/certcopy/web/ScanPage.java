package kz.certcopy.web;

import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.RequestService;
import kz.certcopy.certification.RequestStatus;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The scanning page of one original. The page itself is a shell: its script lists, uploads, reorders, turns and
 * deletes pages through the intake API ({@code /api/v1/requests/{id}/originals/{n}/...}) with the signed-in
 * session and the CSRF token, so every upload is stored the moment it arrives and a reload shows it again.
 */
@Controller
public class ScanPage {

    private final RequestService requests;
    private final Workspace workspace;

    public ScanPage(RequestService requests, Workspace workspace) {
        this.requests = requests;
        this.workspace = workspace;
    }

    @GetMapping("/requests/{id}/originals/{n}/scan")
    String scan(@PathVariable String id, @PathVariable int n, Model model) {
        var actor = workspace.actor();
        CertificationRequestId rid = CertificationRequestId.parse(id);
        CertificationRequest r = requests.get(actor, rid);
        var original = r.original(n).orElseThrow(() -> new CertCopyException("ORIGINAL_NOT_FOUND",
                ErrorKind.NOT_FOUND, n));
        if (r.status() == RequestStatus.REGISTERED && actor.canWork(r.centerId())) {
            r = requests.startScanning(actor, rid, r.version()); // opening the scanner is where scanning starts
        }
        model.addAttribute("r", r);
        model.addAttribute("original", original);
        model.addAttribute("api", "/api/v1/requests/" + id + "/originals/" + n);
        model.addAttribute("editable", actor.canWork(r.centerId())
                && (r.status() == RequestStatus.REGISTERED || r.status() == RequestStatus.SCANNING));
        return "scan";
    }
}
