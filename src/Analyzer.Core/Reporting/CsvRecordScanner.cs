using System.Text;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Follows CSV text (RFC 4180: quoted fields may hold separators, doubled quotes and line ends) as it streams past,
/// keeping only the cells it is asked for: one column of each record, or every cell of a header. It never rewrites
/// the text, so <see cref="CsvShardMerge"/> can copy a shard's bytes as they are and still read its proposal ids.
/// </summary>
internal sealed class CsvRecordScanner(char separator, int column)
{
    /// <summary>Every column of each record: for a header.</summary>
    public const int AllColumns = -1;

    private readonly StringBuilder _cell = new();
    private readonly List<string> _cells = [];
    private State _state = State.FieldStart;
    private int _column;
    private bool _started;
    private int _line = 1;
    private int _recordLine = 1;

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>True between the first character of a record and its line end: text that stops here was cut short.</summary>
    public bool InRecord => _started;

    /// <summary>The line on which the current (unfinished) record began.</summary>
    public int RecordLine => _recordLine;

    /// <summary>
    /// Reads <paramref name="text"/>; at each record's end calls <paramref name="record"/> with the cells kept (the wanted
    /// column's alone, or all) and the record's first line. A non-null result stops the scan and is returned.
    /// </summary>
    public T? Feed<T>(ReadOnlySpan<char> text, Func<IReadOnlyList<string>, int, T?> record) where T : class
    {
        foreach (var c in text)
        {
            _started = true;
            if (c == '\n')
            {
                _line++;
            }
            switch (_state)
            {
                case State.Quoted:
                    if (c == '"')
                    {
                        _state = State.QuoteInQuoted;
                    }
                    else
                    {
                        Keep(c);
                    }
                    continue;
                case State.QuoteInQuoted when c == '"':
                    Keep('"');
                    _state = State.Quoted;
                    continue;
                case State.FieldStart when c == '"':
                    _state = State.Quoted;
                    continue;
            }
            if (c == separator)
            {
                EndCell();
                _column++;
                _state = State.FieldStart;
            }
            else if (c == '\n')
            {
                EndCell();
                var stop = record(_cells, _recordLine);
                _cells.Clear();
                _column = 0;
                _state = State.FieldStart;
                _started = false;
                _recordLine = _line;
                if (stop is not null)
                {
                    return stop;
                }
            }
            else
            {
                Keep(c);
                _state = State.Unquoted;
            }
        }
        return null;
    }

    private bool Wanted => column == AllColumns || _column == column;

    private void Keep(char c)
    {
        if (Wanted)
        {
            _cell.Append(c);
        }
    }

    private void EndCell()
    {
        if (!Wanted)
        {
            return;
        }
        if (_cell.Length > 0 && _cell[^1] == '\r')
        {
            _cell.Length--; // the CR of a CRLF line end
        }
        _cells.Add(_cell.ToString());
        _cell.Clear();
    }
}
