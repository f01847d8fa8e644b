package org.virtualhall.client.voice;

import com.jme3.app.Application;
import com.jme3.input.KeyInput;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.virtualhall.client.core.HallEvents.ReadAloud;
import org.virtualhall.client.core.HallEvents.RepeatPrompt;
import org.virtualhall.client.core.KeyBindings;
import org.virtualhall.client.core.KeyedState;
import org.virtualhall.client.ui.PagedList;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;

/** F8 says the last prompt again, F9 shows the captions so far (newest first), F10 reads the open panel's list aloud. */
public final class PromptHistoryState extends KeyedState {


    @Override
    protected void setUp(Application app, KeyBindings keys) {
        keys.bind("prompt.repeat", KeyInput.KEY_F8, () -> publish(new RepeatPrompt()))
                .bind("prompt.history", KeyInput.KEY_F9, this::show)
                .bind("prompt.readAloud", KeyInput.KEY_F10, () -> publish(new ReadAloud()));
    }

    /** The caption history as a panel, newest first. */
    public void show() {
        List<String> captions = new ArrayList<>(getState(VoiceState.class).captions());
        Collections.reverse(captions);
        Container panel = UiStyle.panel();
        panel.addChild(new Label("字幕记录（最新的在上）", UiStyle.TITLE, UiStyle.STYLE));
        List<Label> lines = captions.stream().map(c -> {
            Label line = new Label(c, UiStyle.STYLE);
            line.setMaxWidth(640);
            return line;
        }).toList();
        panel.addChild(lines.isEmpty() ? new Label("还没有语音提示", UiStyle.STYLE) : new PagedList(lines));
        Container buttons = panel.addChild(UiStyle.row());
        buttons.addChild(new Button("重播上一条 (F8)", UiStyle.STYLE)).addClickCommands(b -> publish(new RepeatPrompt()));
        buttons.addChild(new Button("关闭 (Esc)", UiStyle.STYLE)).addClickCommands(b -> getState(PanelState.class).close());
        getState(PanelState.class).open("captions", panel);
        context().facts().put("captions.shown", captions.size());
    }
}
