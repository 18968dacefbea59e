using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals.Schema;
using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>
/// Adds to a record's validator the checks that <see cref="FieldCatalog"/> states for its fields: closed vocabularies
/// (a value, each item of a list, or each key of a mapping), required fields, ids and positive numbers. A field gains
/// a check by gaining a catalogue entry, so the reader enforces exactly what the published schema says.
/// </summary>
public static partial class FieldRules
{
    public static void ApplyCatalogue<T>(this AbstractValidator<T> validator)
    {
        foreach (var field in ModelFields.Of(typeof(T)))
        {
            if (FieldCatalog.Find(field.Path) is not { } spec)
            {
                continue;
            }
            var record = Expression.Parameter(typeof(T), "record");
            var read = Expression.Property(record, field.Property);
            if (spec.IsClosed)
            {
                Vocabulary(validator, field, spec.Values!, record, read);
            }
            switch (spec.Constraint)
            {
                case FieldConstraint.Required:
                    validator.RuleFor(Expression.Lambda<Func<T, string?>>(read, record))
                        .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(Problems.Required(field.Key));
                    break;
                case FieldConstraint.RequiredId:
                    var id = Expression.Lambda<Func<T, string?>>(read, record);
                    var idOf = id.Compile();
                    validator.RuleFor(id).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(Problems.Required(field.Key));
                    validator.RuleFor(id).Must(IsId).When(r => !string.IsNullOrWhiteSpace(idOf(r)))
                        .WithMessage((_, v) => Problems.BadId(field.Key, v!));
                    break;
                case FieldConstraint.Positive:
                    validator.RuleFor(Expression.Lambda<Func<T, double?>>(read, record))
                        .Must(v => v is null or > 0)
                        .WithMessage((_, v) => Problems.NotPositive(field.Key, v!.Value.ToString(CultureInfo.InvariantCulture)));
                    break;
                case FieldConstraint.None:
                    break;
            }
        }
    }

    public static bool IsId(string? id) => id is not null && Ids().IsMatch(id);

    [GeneratedRegex(FieldCatalog.IdPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Ids();

    private static void Vocabulary<T>(AbstractValidator<T> validator, ModelField field, IReadOnlyList<string> allowed,
        ParameterExpression record, MemberExpression read)
    {
        bool Allowed(string? v) => v is null || allowed.Contains(v, StringComparer.Ordinal);
        // The format has its own message: a file from a later version should say so, not list one allowed value.
        string Message(string v) => field.Path == "format" ? Problems.UnknownFormat(v) : Problems.UnknownValue(field.Key, v, allowed);

        switch (field.Shape)
        {
            case FieldShape.Text:
                validator.RuleFor(Expression.Lambda<Func<T, string?>>(read, record)).Must(Allowed).WithMessage((_, v) => Message(v!));
                break;
            case FieldShape.TextList:
                validator.RuleForEach(Expression.Lambda<Func<T, IEnumerable<string?>>>(read, record)).Must(Allowed).WithMessage((_, v) => Message(v!));
                break;
            case FieldShape.TextMap:
                // The failure is placed on the key itself. FluentValidation puts the parent records' names in front.
                var at = field.Property.Name;
                validator.RuleFor(Expression.Lambda<Func<T, Dictionary<string, string>?>>(read, record)).Custom((map, context) =>
                {
                    foreach (var key in (map?.Keys ?? Enumerable.Empty<string>()).Where(k => !Allowed(k)))
                    {
                        context.AddFailure($"{at}.{key}", Message(key));
                    }
                });
                break;
            default:
                throw new InvalidOperationException($"'{field.Path}' is a {field.Shape}; a vocabulary applies only to text, lists of text or mapping keys.");
        }
    }
}
