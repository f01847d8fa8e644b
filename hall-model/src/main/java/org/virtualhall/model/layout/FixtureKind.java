package org.virtualhall.model.layout;

/** Hall furniture worth modelling, with the name people use for it. */
public enum FixtureKind {
    ENTRANCE("入口"),
    GUIDE_DESK("咨询导办台"),
    WAITING_SEATS("休息等待区"),
    SELF_SERVICE("自助服务区"),
    NOTICE_BOARD("政务公开栏"),
    LED_SCREEN("LED屏"),
    LEAFLET_RACK("资料架"),
    COMPLAINT_BOX("意见箱"),
    DIRECTION_SIGN("指示牌"),
    QUEUE_MACHINE("取号机"),
    PILLAR("柱子");

    private final String label;

    FixtureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
