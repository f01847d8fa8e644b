package org.virtualhall.client.apply;

import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import com.simsilica.lemur.TextField;
import java.nio.file.Path;
import org.virtualhall.client.api.ApiTypes.Upload;
import org.virtualhall.client.ui.UiStyle;

/**
 * The part of 我的申请 for a submission waiting for a correction: the window's note, then one line per requested
 * material with the file chosen for it (or the sample that will go instead), and 「补交材料」.
 */
final class CorrectionView {

    /** What the controls do. */
    interface Actions {
        void choose(String material, Path file);

        void handIn();
    }

    private CorrectionView() {
    }

    static void addTo(Container panel, Correction correction, SupplementDraft draft, Actions actions) {
        Label note = panel.addChild(new Label("需补正：" + (correction.note().isEmpty() ? "请按窗口要求补交材料"
                : correction.note()), UiStyle.STYLE));
        note.setColor(UiStyle.ACCENT);
        note.setFontSize(15f);
        note.setMaxWidth(640);
        if (correction.supplied()) {
            panel.addChild(new Label("  已提交补正材料，等待窗口审核", UiStyle.STYLE)).setFontSize(15f);
            return;
        }
        for (String material : draft.requested()) {
            Container row = panel.addChild(UiStyle.row());
            Upload chosen = draft.chosen(material);
            Label what = row.addChild(new Label("  " + material + "：" + (chosen == null ? "未选文件，将提交示例文件"
                    : "已选 " + chosen.name()), UiStyle.STYLE));
            what.setFontSize(15f);
            what.setMaxWidth(330);
            TextField path = row.addChild(new TextField("", UiStyle.STYLE));
            path.setPreferredWidth(200);
            row.addChild(new Button("选择文件", UiStyle.STYLE))
                    .addClickCommands(b -> actions.choose(material, Path.of(path.getText().strip())));
        }
        panel.addChild(new Button("补交材料", UiStyle.STYLE)).addClickCommands(b -> actions.handIn());
    }
}
