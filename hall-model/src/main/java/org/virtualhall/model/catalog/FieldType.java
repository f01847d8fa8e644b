package org.virtualhall.model.catalog;

/** Input types of an application form field; each implies a format check at the outer gateway. */
public enum FieldType {
    TEXT, TEXTAREA, NUMBER, DATE, ID_NUMBER, MOBILE, CREDIT_CODE, SELECT, ADDRESS
}
