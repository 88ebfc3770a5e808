namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// Thrown inside <see cref="BlockYamlReader"/> when the text uses YAML it does not read (and never escapes it): the
/// file is then read by YamlDotNet instead.
/// </summary>
internal sealed class OutsideSubsetException : Exception
{
    public OutsideSubsetException()
    {
    }

    public OutsideSubsetException(string message)
        : base(message)
    {
    }

    public OutsideSubsetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
