package org.virtualhall.approval.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No case with that receipt or id; a 404 on console pages too. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String what) {
        super("没有这个办件：" + what);
    }
}
