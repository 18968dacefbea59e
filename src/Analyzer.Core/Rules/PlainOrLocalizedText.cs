using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analyzer.Core.Rules;

/// <summary>
/// Reads a text of the pack written either as <c>{"en": ..., "zh": ...}</c> or, as packs before the Chinese
/// texts did, as one English string (its Chinese then empty). Used for <c>weightReason</c>.
/// </summary>
internal sealed class PlainOrLocalizedText : JsonConverter<LocalizedText>
{
    public override LocalizedText? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new LocalizedText { En = reader.GetString()! }
            : JsonSerializer.Deserialize<LocalizedText>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
