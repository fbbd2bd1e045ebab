package app.verbatim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The article JSON Schema from main resources, loaded once, for validating in tests. */
final class ArticleSchema {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private ArticleSchema() {}

  static Set<ValidationMessage> errors(String json) throws IOException {
    return errors(MAPPER.readTree(json));
  }

  static Set<ValidationMessage> errors(JsonNode node) {
    return SCHEMA.validate(node);
  }

  static JsonNode schemaDocument() throws IOException {
    try (InputStream in = ArticleSchema.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
      return MAPPER.readTree(in);
    }
  }

  private static JsonSchema load() {
    try (InputStream in = ArticleSchema.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + ArticleJson.SCHEMA_RESOURCE);
      }
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
