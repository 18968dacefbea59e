using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analyzer.Core.Rules;

/// <summary>
/// One entry of a rule's <c>requires</c>: a field path, or <c>{"field": ..., "when": ...}</c> for a field that is
/// needed only when the stated facts make it matter (a hybrid pathway needs its linked institutions; a
/// strengthen-existing one is judged without them).
/// </summary>
[JsonConverter(typeof(RequirementDocumentConverter))]
internal sealed record RequirementDocument(string Field, string? When);

/// <summary>Reads a requirement strictly: a string, or an object with exactly 'field' and an optional 'when'.</summary>
internal sealed class RequirementDocumentConverter : JsonConverter<RequirementDocument>
{
    public override RequirementDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new RequirementDocument(reader.GetString()!, null); // a string token always has a value
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a requirement is a field path or an object {\"field\": ..., \"when\": ...}.");
        }
        string? field = null, when = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "field":
                    field = reader.GetString();
                    break;
                case "when":
                    when = reader.GetString();
                    break;
                default:
                    throw new JsonException($"unknown field '{name}' in a requirement; expected 'field' and 'when'.");
            }
        }
        return field is null
            ? throw new JsonException("a requirement object needs 'field'.")
            : new RequirementDocument(field, when);
    }

    public override void Write(Utf8JsonWriter writer, RequirementDocument value, JsonSerializerOptions options)
    {
        if (value.When is null)
        {
            writer.WriteStringValue(value.Field);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("field", value.Field);
        writer.WriteString("when", value.When);
        writer.WriteEndObject();
    }
}
