using System.Text;
using System.Text.Json;
using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Proposals.Source;

/// <summary>Reads JSON into <see cref="SourceNode"/>s, turning byte offsets into 1-based lines and columns.</summary>
public static class JsonSourceReader
{
    public static SourceNode? Read(string path, byte[] utf8, List<Diagnostic> problems)
    {
        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read())
            {
                problems.Add(Problems.EmptyFile(path));
                return null;
            }
            var root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                problems.Add(Problems.NotJson(path, lines.At(reader.TokenStartIndex), "more than one value in the file."));
                return null;
            }
            return root;
        }
        catch (NotUnicodeException e)
        {
            problems.Add(Problems.NotJson(path, e.At, "a string here is not valid Unicode (invalid UTF-8, or an unpaired surrogate escape such as \\ud800)."));
            return null;
        }
        catch (JsonException e)
        {
            // JsonException counts lines and bytes from 0; the message repeats them, so keep only the first sentence.
            var at = new SourcePosition((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            var message = e.Message.Split(" LineNumber:", 2)[0].TrimEnd(' ', '.') + ".";
            problems.Add(Problems.NotJson(path, at, message));
            return null;
        }
    }

    private static SourceNode ReadValue(ref Utf8JsonReader reader, LineIndex lines)
    {
        var at = lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<MappingEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keyAt = lines.At(reader.TokenStartIndex);
                    var key = Text(ref reader, keyAt);
                    reader.Read();
                    entries.Add(new MappingEntry(key, keyAt, ReadValue(ref reader, lines)));
                }
                return new MappingNode(at, entries);
            case JsonTokenType.StartArray:
                var items = new List<SourceNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }
                return new SequenceNode(at, items);
            case JsonTokenType.String:
                return new ScalarNode(at, Text(ref reader, at), IsNull: false, IsQuoted: true);
            case JsonTokenType.Null:
                return new ScalarNode(at, "null", IsNull: true, IsQuoted: false);
            default:
                // Numbers and true/false keep their literal text; the binder decides what they may be.
                return new ScalarNode(at, Encoding.UTF8.GetString(reader.ValueSpan), IsNull: false, IsQuoted: false);
        }
    }

    /// <summary>The token's text; the reader validates UTF-8 and escapes only when it decodes, so that is where bad text is found.</summary>
    private static string Text(ref Utf8JsonReader reader, SourcePosition at)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw new NotUnicodeException(at);
        }
    }

    private sealed class NotUnicodeException(SourcePosition at) : Exception
    {
        public SourcePosition At { get; } = at;
    }

    /// <summary>Where each line starts, so a byte offset becomes a line and a character column.</summary>
    private sealed class LineIndex
    {
        private readonly byte[] _utf8;
        private readonly List<long> _starts = [0];

        public LineIndex(byte[] utf8)
        {
            _utf8 = utf8;
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public SourcePosition At(long offset)
        {
            var line = _starts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }
            var start = (int)_starts[line];
            var column = Encoding.UTF8.GetCharCount(_utf8, start, (int)offset - start) + 1;
            return new SourcePosition(line + 1, column);
        }
    }
}
