using Analyzer.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Analyzer.Core.Proposals.Source;

/// <summary>Reads YAML into <see cref="SourceNode"/>s from the parser's events, keeping every position.</summary>
public static class YamlSourceReader
{
    public static SourceNode? Read(string path, string text, List<Diagnostic> problems)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                problems.Add(Problems.EmptyFile(path));
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors, path, problems);
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
            problems.Add(Problems.NotYaml(path, At(e.Start), message));
            return null;
        }
    }

    private static SourceNode ReadNode(IParser parser, Dictionary<string, SourceNode> anchors, string path, List<Diagnostic> problems)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }
            throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'.");
        }

        SourceNode node;
        string? anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var plain = scalar.Style == ScalarStyle.Plain;
            var isNull = plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            node = new ScalarNode(At(scalar.Start), scalar.Value, isNull, !plain);
            anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<SourceNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, anchors, path, problems));
            }
            node = new SequenceNode(At(sequenceStart.Start), items);
            anchor = sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value;
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            var entries = new List<MappingEntry>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current;
                var key = ReadNode(parser, anchors, path, problems);
                var value = ReadNode(parser, anchors, path, problems);
                if (key is not ScalarNode keyScalar)
                {
                    throw new YamlException(keyEvent!.Start, keyEvent.End, "a key must be a plain value.");
                }
                entries.Add(new MappingEntry(keyScalar.Text, keyScalar.At, value));
            }
            node = new MappingNode(At(mappingStart.Start), entries);
            anchor = mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value;
        }

        if (anchor is not null)
        {
            anchors[anchor] = node;
        }
        return node;
    }

    private static SourcePosition At(Mark mark) => new((int)mark.Line, (int)mark.Column);
}
