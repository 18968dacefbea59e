using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Analyzer.Core.Reporting;

/// <summary>
/// A summary row as one line of JSON: an object whose members are the summary's columns in order, text as strings,
/// scores as numbers with one decimal (<c>63.9</c>, <c>100.0</c>, so every reader types the column as floating point)
/// or <c>null</c> when there is none, counts as whole numbers. UTF-8, no byte order mark, ended by <c>\n</c>.
/// Non-ASCII text is written as itself, not escaped, so Chinese titles stay readable.
/// </summary>
public static class SummaryJsonLines
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a data file, never embedded in HTML
        Indented = false,
        SkipValidation = false,
    };

    public static void Write(IBufferWriter<byte> output, IReadOnlyList<SummaryField> fields, IReadOnlyList<SummaryValue> row)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            for (var i = 0; i < fields.Count; i++)
            {
                json.WritePropertyName(fields[i].Name);
                var value = row[i];
                switch (value.Type)
                {
                    case SummaryType.Text:
                        json.WriteStringValue(value.Text);
                        break;
                    case SummaryType.Score when value.Score is null:
                        json.WriteNullValue();
                        break;
                    case SummaryType.Score:
                        json.WriteRawValue(ReportRows.Score(value.Score), skipInputValidation: true);
                        break;
                    default:
                        json.WriteNumberValue(value.Count);
                        break;
                }
            }
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }
}
