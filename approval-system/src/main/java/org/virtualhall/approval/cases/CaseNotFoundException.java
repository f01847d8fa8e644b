package org.virtualhall.approval.cases;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String what) {
        super("没有这个办件：" + what);
    }
}
