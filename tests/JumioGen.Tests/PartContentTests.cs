using System.Net.Http;

namespace JumioGen.Tests;

public sealed class PartContentTests
{
    [Theory]
    [InlineData("image/jpeg", "front.jpg")]
    [InlineData("image/png", "front.png")]
    public async Task Image_goes_in_field_file_with_its_type(string contentType, string fileName)
    {
        using var content = JumioParts.CreateContent(new MemoryStream([1, 2, 3]), contentType, "FRONT");
        var multipart = Assert.IsType<MultipartFormDataContent>(content);

        var part = Assert.Single(multipart);
        Assert.Equal("file", part.Headers.ContentDisposition!.Name!.Trim('"'));
        Assert.Equal(fileName, part.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Equal(contentType, part.Headers.ContentType!.MediaType);
        Assert.Equal([1, 2, 3], await part.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("image/gif")]
    [InlineData("application/pdf")]
    [InlineData("not a type")]
    public void Other_types_are_refused(string contentType)
    {
        var error = Assert.Throws<ArgumentException>(() => JumioParts.CreateContent(new MemoryStream([1]), contentType, "FRONT"));

        Assert.Contains("JPEG or PNG", error.Message);
    }

    [Fact]
    public void Seekable_image_over_15_MB_is_refused_before_sending()
    {
        var error = Assert.Throws<ArgumentException>(() => JumioParts.CreateContent(new MemoryStream(new byte[JumioParts.MaxImageBytes + 1]), "image/jpeg", "FRONT"));

        Assert.Contains("15 MB", error.Message);
    }

    [Fact]
    public async Task Unseekable_image_over_15_MB_stops_while_sending()
    {
        using var content = JumioParts.CreateContent(new ForwardOnlyStream(JumioParts.MaxImageBytes + 1), "image/jpeg", "FRONT");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => content.CopyToAsync(Stream.Null));

        Assert.Contains("15 MB", error.Message);
    }

    [Fact]
    public async Task Unseekable_image_within_the_limit_is_sent_whole()
    {
        using var content = JumioParts.CreateContent(new ForwardOnlyStream(1000), "image/jpeg", "FRONT");
        var part = Assert.Single(Assert.IsType<MultipartFormDataContent>(content));

        Assert.Equal(1000, (await part.ReadAsByteArrayAsync()).Length);
    }

    private sealed class ForwardOnlyStream(long length) : ReadOnlyForwardStream
    {
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            _position += n;
            return n;
        }
    }
}
