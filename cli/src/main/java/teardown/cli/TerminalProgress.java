package teardown.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr (me.tongfei's, which sizes itself to the terminal), cleared when the run is done. */
final class TerminalProgress implements Progress {

    private final ProgressBar bar;

    TerminalProgress(String task, int total) {
        this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).continuousUpdate().clearDisplayOnFinish().build();
    }

    @Override
    public void step() {
        bar.step();
    }

    @Override
    public void note(String text) {
        bar.setExtraMessage(text);
    }

    @Override
    public void close() {
        bar.close();
    }
}
