package org.virtualhall.approval.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.catalog.CatalogRepository;
import org.virtualhall.approval.security.OneTimePassword;
import org.virtualhall.approval.security.StaffAccounts;

/** Batch export and import of departments, windows and staff as CSV (opens in Excel). */
@Controller
class CsvController {

    private final Catalog catalog;
    private final CatalogEditor editor;
    private final StaffAccounts accounts;

    CsvController(Catalog catalog, CatalogEditor editor, StaffAccounts accounts) {
        this.catalog = catalog;
        this.editor = editor;
        this.accounts = accounts;
    }

    @GetMapping("/admin/csv/{table}.csv")
    ResponseEntity<byte[]> export(@PathVariable String table) {
        CatalogRepository store = catalog.store();
        CatalogCsv csv = format(table);
        String body = switch (csv) {
            case DEPARTMENTS -> csv.write(store.departments(), CatalogCsv::department);
            case WINDOWS -> csv.write(store.windows(), CatalogCsv::window);
            case STAFF -> csv.write(store.staff(), CatalogCsv::staff);
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(table + ".csv").build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/admin/csv/{table}")
    String importRows(@PathVariable String table, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        CatalogCsv csv = format(table);
        String path = "redirect:/admin/" + table;
        List<CatalogCsv.Row> rows;
        try {
            rows = csv.rows(new String(file.getBytes(), StandardCharsets.UTF_8));
            List<String> problems = switch (csv) {
                case DEPARTMENTS -> editor.saveAll(rows.stream().map(CatalogCsv.Row::department).toList(), List.of(), List.of());
                case WINDOWS -> editor.saveAll(List.of(), rows.stream().map(CatalogCsv.Row::window).toList(), List.of());
                case STAFF -> editor.saveAll(List.of(), List.of(), rows.stream().map(CatalogCsv.Row::staff).toList());
            };
            if (!problems.isEmpty()) {
                redirect.addFlashAttribute("problem", "导入未执行，目录检查未通过：" + String.join("；", problems));
                return path;
            }
            if (csv == CatalogCsv.STAFF) {
                List<OneTimePassword> issued = new ArrayList<>();
                rows.forEach(r -> accounts.ensure(r.staff())
                        .ifPresent(p -> issued.add(new OneTimePassword(r.staff().badge(), p))));
                redirect.addFlashAttribute("oneTimes", issued);
            }
        } catch (CatalogCsv.RowException e) {
            redirect.addFlashAttribute("problem", "导入未执行：" + e.getMessage());
            return path;
        }
        redirect.addFlashAttribute("done", "已导入 " + rows.size() + " 行");
        return path;
    }

    private static CatalogCsv format(String table) {
        return switch (table) {
            case "departments" -> CatalogCsv.DEPARTMENTS;
            case "windows" -> CatalogCsv.WINDOWS;
            case "staff" -> CatalogCsv.STAFF;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这张表：" + table);
        };
    }
}
