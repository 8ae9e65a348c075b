using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;

namespace JumioGen;

/// <summary>Builds the multipart body of a credential upload and checks it before anything is sent.</summary>
public static class JumioParts
{
    /// <summary>Jumio's largest accepted image.</summary>
    public const long MaxImageBytes = 15 * 1024 * 1024;

    /// <summary>A <c>multipart/form-data</c> body with the image in field <c>file</c>.</summary>
    public static HttpContent CreateContent(Stream content, string contentType, string classifier)
    {
        if (content is null) throw new ArgumentNullException(nameof(content));
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || mediaType.MediaType is not ("image/jpeg" or "image/png"))
        {
            throw new ArgumentException($"Jumio accepts JPEG or PNG images; content type \"{contentType}\" is neither (use image/jpeg or image/png).", nameof(contentType));
        }

        if (content.CanSeek && content.Length - content.Position > MaxImageBytes)
        {
            throw new ArgumentException($"The image is {content.Length - content.Position} bytes; Jumio accepts at most {MaxImageBytes} bytes (15 MB).", nameof(content));
        }

        // A stream that cannot tell its length is checked while it is sent.
        var file = new StreamContent(content.CanSeek ? content : new SizeLimitedStream(content, MaxImageBytes, $"The image is larger than Jumio's limit of {MaxImageBytes} bytes (15 MB); the upload was stopped."));
        file.Headers.ContentType = mediaType;
        var extension = mediaType.MediaType == "image/png" ? "png" : "jpg";
        return new MultipartFormDataContent { { file, "file", $"{classifier.ToLowerInvariant()}.{extension}" } };
    }
}
