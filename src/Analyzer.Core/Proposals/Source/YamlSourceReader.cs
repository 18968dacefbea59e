using Analyzer.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Analyzer.Core.Proposals.Source;

/// <summary>Reads YAML into <see cref="SourceNode"/>s from the parser's events, keeping every position.</summary>
public sealed class YamlSourceReader
{
    /// <summary>
    /// Aliases let a small file stand for a huge tree (the "billion laughs" file); a proposal is a few hundred
    /// values, so a file whose aliases expand past this many is refused rather than walked.
    /// </summary>
    public const long MaxExpandedValues = 100_000;

    /// <summary>The format nests a few levels deep; a deeper file would only risk the reader's stack (JSON's limit too).</summary>
    public const int MaxDepth = 64;

    private readonly Parser _parser;
    private readonly Dictionary<string, (SourceNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private long _expanded;
    private int _depth;

    private YamlSourceReader(string text) => _parser = new Parser(new StringReader(text));

    public static SourceNode? Read(string path, string text, List<Diagnostic> problems)
    {
        var reader = new YamlSourceReader(text);
        var parser = reader._parser;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                problems.Add(Problems.EmptyFile(path));
                return null;
            }
            parser.Consume<DocumentStart>();
            var (root, _) = reader.ReadNode();
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var at = parser.Current is { } e ? At(e.Start) : SourcePosition.File;
                problems.Add(Problems.MoreThanOneDocument(path, at));
                return null;
            }
            return root;
        }
        catch (YamlException e)
        {
            // YamlDotNet's messages start with "(Line: x, Col: y ...): "; the location goes in front instead.
            var message = e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && cut > 0)
            {
                message = message[(cut + 3)..];
            }
            var at = message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is { } tab ? tab : At(e.Start);
            problems.Add(Problems.NotYaml(path, at, message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, unlocated, for an unclosed flow collection or a malformed tag; place them
            // where the parser stopped, so one bad file is one located error, not the end of the batch.
            var at = parser.Current is { } current ? At(current.Start) : SourcePosition.File;
            problems.Add(Problems.NotYaml(path, at, e is ArgumentException ? e.Message.Split(" (Parameter", 2)[0].TrimEnd('.') + "."
                : "the parser cannot go on from here; look for an unclosed bracket, brace or quote."));
            return null;
        }
    }

    /// <summary>The parser places a tab-indentation error where the enclosing mapping starts; the tab itself is more use.</summary>
    private static SourcePosition? FirstIndentingTab(string text)
    {
        var line = 1;
        foreach (var content in text.Split('\n'))
        {
            var indent = content.Length - content.TrimStart(' ', '\t').Length;
            var tab = content.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return new SourcePosition(line, tab + 1);
            }
            line++;
        }
        return null;
    }

    /// <summary>Reads one node and returns it with the number of values it expands to, aliases included.</summary>
    private (SourceNode Node, long Size) ReadNode()
    {
        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'.");
            }
            _expanded += target.Size;
            if (_expanded > MaxExpandedValues)
            {
                throw new YamlException(alias.Start, alias.End,
                    $"aliases expand the file past {MaxExpandedValues} values; a proposal needs far fewer.");
            }
            return target;
        }

        if (_parser.Current is NodeEvent { } start && (start is SequenceStart || start is MappingStart) && ++_depth > MaxDepth)
        {
            throw new YamlException(start.Start, start.End, $"values nest deeper than {MaxDepth} levels; a proposal needs a few.");
        }
        (SourceNode Node, long Size) result;
        string? anchor;
        if (_parser.TryConsume<Scalar>(out var scalar))
        {
            var plain = scalar.Style == ScalarStyle.Plain;
            var isNull = plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            result = (new ScalarNode(At(scalar.Start), scalar.Value, isNull, !plain), 1);
            anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
        }
        else if (_parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<SourceNode>();
            long size = 1;
            while (!_parser.TryConsume<SequenceEnd>(out _))
            {
                var (item, itemSize) = ReadNode();
                items.Add(item);
                size += itemSize;
            }
            result = (new SequenceNode(At(sequenceStart.Start), items), size);
            _depth--;
            anchor = sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value;
        }
        else
        {
            var mappingStart = _parser.Consume<MappingStart>();
            var entries = new List<MappingEntry>();
            long size = 1;
            while (!_parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = _parser.Current;
                var (key, _) = ReadNode();
                var (value, valueSize) = ReadNode();
                if (key is not ScalarNode keyScalar)
                {
                    throw new YamlException(keyEvent!.Start, keyEvent.End, "a key must be a plain value.");
                }
                entries.Add(new MappingEntry(keyScalar.Text, keyScalar.At, value));
                size += 1 + valueSize;
            }
            result = (new MappingNode(At(mappingStart.Start), entries), size);
            _depth--;
            anchor = mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value;
        }

        if (anchor is not null)
        {
            _anchors[anchor] = result;
        }
        return result;
    }

    private static SourcePosition At(Mark mark) => new((int)mark.Line, (int)mark.Column);
}
