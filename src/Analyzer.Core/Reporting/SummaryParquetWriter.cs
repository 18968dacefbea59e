using Parquet;
using Parquet.Schema;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Writes summary rows as Parquet with typed columns: text as required UTF-8 strings, scores as optional doubles
/// (null when there is no score), counts as required 32-bit integers. Rows are buffered by column and written as a
/// row group every <see cref="RowsPerGroup"/> rows, so memory holds one row group, never the batch. The bytes depend
/// only on the rows: the writer's <c>created_by</c> names the library's version and build, and no time is written.
/// <see cref="ShardMerge"/> writes through the same class, so a merge groups rows as one run does.
/// </summary>
public sealed class SummaryParquetWriter
{
    /// <summary>Rows per row group: a few megabytes of summary held at once, and groups large enough for column readers.</summary>
    public const int DefaultRowsPerGroup = 65_536;

    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private readonly IColumnBuffer[] _columns;
    private int _rows;

    private SummaryParquetWriter(ParquetWriter writer, DataField[] fields, IReadOnlyList<SummaryField> summary, int rowsPerGroup)
    {
        _writer = writer;
        _fields = fields;
        RowsPerGroup = rowsPerGroup;
        _columns = [.. summary.Select(f => f.Type switch
        {
            SummaryType.Text => (IColumnBuffer)new TextColumn(),
            SummaryType.Score => new ScoreColumn(),
            _ => new CountColumn(),
        })];
    }

    public int RowsPerGroup { get; }

    /// <summary>The Parquet schema of a summary with these columns.</summary>
    public static ParquetSchema Schema(IReadOnlyList<SummaryField> fields) => new(fields.Select(f => f.Type switch
    {
        SummaryType.Text => (Field)new DataField<string>(f.Name, nullable: false),
        SummaryType.Score => new DataField<double?>(f.Name),
        _ => new DataField<int>(f.Name),
    }));

    /// <summary>The summary columns a Parquet schema holds, or null when it is not one this writer writes.</summary>
    public static IReadOnlyList<SummaryField>? Fields(ParquetSchema schema)
    {
        var fields = new List<SummaryField>();
        foreach (var field in schema.Fields)
        {
            SummaryType? type = field is not DataField data || data.IsArray ? null
                : data.ClrType == typeof(string) || data.ClrType == typeof(ReadOnlyMemory<char>) ? (data.IsNullable ? null : SummaryType.Text)
                : data.ClrType == typeof(double) ? (data.IsNullable ? SummaryType.Score : null)
                : data.ClrType == typeof(int) ? (data.IsNullable ? null : SummaryType.Count)
                : null;
            if (type is null)
            {
                return null;
            }
            fields.Add(new SummaryField(field.Name, type.Value));
        }
        return fields;
    }

    public static SummaryParquetWriter Create(Stream stream, IReadOnlyList<SummaryField> fields, int rowsPerGroup = DefaultRowsPerGroup)
    {
        var schema = Schema(fields);
        var writer = Sync(ParquetWriter.CreateAsync(schema, stream, Options(), append: false));
        return new SummaryParquetWriter(writer, [.. schema.DataFields], fields, rowsPerGroup);
    }

    /// <summary>
    /// Snappy, which every reader has. Parquet.Net pools its buffers and by default keeps every freed one; capped, the
    /// pool stops growing after a few row groups (measured: about 120 MB held from 1 to 2 million rows, no more).
    /// </summary>
    private static ParquetOptions Options() => new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        MaximumSmallPoolFreeBytes = 4 << 20,
        MaximumLargePoolFreeBytes = 16 << 20,
    };

    public void Add(IReadOnlyList<SummaryValue> row)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Add(row[i]);
        }
        if (++_rows == RowsPerGroup)
        {
            Flush();
        }
    }

    /// <summary>Writes the last row group and the footer; the stream stays open.</summary>
    public void Complete()
    {
        Flush();
        Sync(_writer.DisposeAsync().AsTask());
    }

    private void Flush()
    {
        if (_rows == 0)
        {
            return;
        }
        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                Sync(_columns[i].Write(group, _fields[i], _rows));
            }
            group.CompleteValidate();
        }
        _rows = 0;
    }

    // Parquet.Net's API is asynchronous; the sinks are not, and a console program has no synchronisation context to deadlock on.
    private static T Sync<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Sync(Task task) => task.GetAwaiter().GetResult();

    private interface IColumnBuffer
    {
        void Add(SummaryValue value);

        /// <summary>Writes the first <paramref name="rows"/> values to the row group and starts the buffer again.</summary>
        Task Write(ParquetRowGroupWriter group, DataField field, int rows);
    }

    /// <summary>A column's values for one row group, in an array that grows to the group's size and is then reused.</summary>
    private abstract class ColumnBuffer<T> : IColumnBuffer
    {
        protected T[] Values { get; private set; } = new T[256];

        private int _count;

        public void Add(SummaryValue value)
        {
            if (_count == Values.Length)
            {
                var grown = Values;
                Array.Resize(ref grown, _count * 2);
                Values = grown;
            }
            Values[_count++] = Take(value);
        }

        public async Task Write(ParquetRowGroupWriter group, DataField field, int rows)
        {
            await WriteValues(group, field, rows).ConfigureAwait(false);
            Array.Clear(Values, 0, _count); // drop the strings of the written group
            _count = 0;
        }

        protected abstract T Take(SummaryValue value);

        protected abstract Task WriteValues(ParquetRowGroupWriter group, DataField field, int rows);
    }

    private sealed class TextColumn : ColumnBuffer<string>
    {
        protected override string Take(SummaryValue value) => value.Text!;

        protected override Task WriteValues(ParquetRowGroupWriter group, DataField field, int rows) =>
            group.WriteAsync(field, new ArraySegment<string>(Values, 0, rows));
    }

    private sealed class ScoreColumn : ColumnBuffer<double?>
    {
        protected override double? Take(SummaryValue value) => value.Score;

        protected override Task WriteValues(ParquetRowGroupWriter group, DataField field, int rows) =>
            group.WriteAsync<double>(field, Values.AsMemory(0, rows));
    }

    private sealed class CountColumn : ColumnBuffer<int>
    {
        protected override int Take(SummaryValue value) => value.Count;

        protected override Task WriteValues(ParquetRowGroupWriter group, DataField field, int rows) =>
            group.WriteAsync<int>(field, Values.AsMemory(0, rows));
    }
}
