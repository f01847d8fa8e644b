package org.virtualhall.approval.timelimit;

/** 电子监察 warning light of a running case. */
public enum Light {
    GREEN("正常"),
    YELLOW("黄牌预警"),
    RED("红牌超期"),
    PAUSED("补正中，计时暂停"),
    DONE("已办结");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
