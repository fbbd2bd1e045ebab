package app.verbatim.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The comparison window (placeholder until the viewer lands). */
public final class VerbatimApp extends Application {
  @Override
  public void start(Stage stage) {
    stage.setTitle("Verbatim");
    stage.setScene(new Scene(new Label("Verbatim"), 800, 600));
    stage.show();
    if (getParameters().getRaw().contains("--smoke")) {
      FirstFrameProbe.exitAfterFirstFrame();
    }
  }
}
