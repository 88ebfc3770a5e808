namespace Wayfinder.Catalog.Descriptors;

/// <summary>A scalar exactly as written; <see cref="IsPlain"/> tells an unquoted value from a quoted one.</summary>
public sealed class DescriptorScalar(string value, bool isPlain, int line, int column) : DescriptorNode(line, column, flag: !isPlain)
{
    /// <summary>The text of the scalar, with YAML's escapes and folding applied, never coerced.</summary>
    public string Value { get; } = value;

    /// <summary>True when the scalar was unquoted (so YAML would have given <c>true</c> or <c>123</c> another type).</summary>
    public bool IsPlain => !Flag;

    /// <summary>True for an unquoted empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>True for an unquoted value that plain YAML would read as a boolean or a number.</summary>
    public bool LooksTyped => IsPlain && !IsNull && (IsBoolean(Value) || IsNumber(Value));

    /// <inheritdoc />
    public override string Shape => IsNull ? "null" : "text";

    private static bool IsBoolean(string v) => v.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off";

    private static bool IsNumber(string v) =>
        double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
