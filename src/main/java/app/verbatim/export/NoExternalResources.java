package app.verbatim.export;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps the PDF renderer from loading anything: no URI resolves, every access check says no, and the
 * stream factories for every protocol refuse. Fonts and CSS are handed over in memory, so the report
 * needs nothing else; whatever an article says, no request leaves the process and no local file is read.
 * Refused attempts are recorded so tests can show none happened.
 */
final class NoExternalResources implements FSStreamFactory {
  private static final String[] PROTOCOLS = {
      "http", "https", "file", "jar", "ftp", "ftps", "data", "mailto", "jrt", "classpath", "sftp", "smb"};

  private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

  void install(PdfRendererBuilder builder) {
    builder.useUriResolver((base, uri) -> {
      refused.add("resolve " + uri);
      return null;
    });
    builder.useExternalResourceAccessControl((uri, type) -> {
      refused.add(type + " " + uri);
      return false;
    }, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl((uri, type) -> {
      refused.add(type + " " + uri);
      return false;
    }, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.useHttpStreamImplementation(this);
    builder.useProtocolsStreamImplementation(this, PROTOCOLS);
  }

  @Override
  public FSStream getUrl(String url) {
    refused.add("open " + url);
    throw new SecurityException("Verbatim reports load no external resource: " + url);
  }

  /** Every load the renderer attempted and was refused, in order. */
  List<String> refused() {
    synchronized (refused) {
      return List.copyOf(refused);
    }
  }
}
