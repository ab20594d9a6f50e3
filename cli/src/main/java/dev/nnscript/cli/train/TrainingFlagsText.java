package dev.nnscript.cli.train;

import dev.nnscript.dsl.script.LossKind;
import dev.nnscript.dsl.script.OptimizerKind;
import dev.nnscript.dsl.validate.TrainingSettingsReader;
import java.util.ListResourceBundle;

/**
 * The help texts of {@link TrainingFlags} that list names: made from the dsl's lists when the help is
 * shown, since an annotation can hold only constants (and a copied list would drift).
 */
public final class TrainingFlagsText extends ListResourceBundle {

    static final String LOSS = "loss";
    static final String OPTIMIZER = "optimizer";

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {LOSS, TrainingSettingsReader.orList(LossKind.NAMES) + "."},
            {OPTIMIZER, TrainingSettingsReader.orList(OptimizerKind.NAMES) + " (the script's momentum= stays)."},
        };
    }
}
