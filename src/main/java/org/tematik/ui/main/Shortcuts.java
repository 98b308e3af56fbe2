package org.tematik.ui.main;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The window-wide keys. While the user types in a text field, plain digits and Ctrl+Z belong to the field. */
final class Shortcuts {
    private Shortcuts() {
    }

    static Map<KeyCombination, Runnable> of(boolean typing, Runnable code, Runnable quickCode, Runnable find,
                                            Runnable undo, Runnable redo, IntConsumer recent) {
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(KeyCombination.keyCombination("Shortcut+Enter"), code);
        keys.put(KeyCombination.keyCombination("Shortcut+K"), quickCode);
        keys.put(KeyCombination.keyCombination("Shortcut+F"), find);
        if (typing) {
            return keys;
        }
        keys.put(KeyCombination.keyCombination("Shortcut+Z"), undo);
        keys.put(KeyCombination.keyCombination("Shortcut+Y"), redo);
        keys.put(KeyCombination.keyCombination("Shortcut+Shift+Z"), redo);
        for (int n = 1; n <= 9; n++) {
            int key = n;
            for (String pad : new String[] {"DIGIT", "NUMPAD"}) {
                keys.put(new KeyCodeCombination(KeyCode.valueOf(pad + n)), () -> recent.accept(key));
            }
        }
        return keys;
    }
}
