package io.journeydsl.benchmarks.http;

import java.io.IOException;
import java.net.URI;
import org.apache.http.client.methods.HttpDelete;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** Apache HttpClient 4 alone, the library under the SDK's default connector: the limit of the SDK path. */
final class BareHc4Caller implements Caller {
  private final CloseableHttpClient http = HttpClients.custom().setMaxConnPerRoute(64).setMaxConnTotal(128)
      .disableAutomaticRetries().build();
  private final Wire wire;

  BareHc4Caller(Wire wire) {
    this.wire = wire;
  }

  private byte[] send(HttpRequestBase request) throws IOException {
    request.setHeader("Authorization", Wire.AUTHORIZATION);
    request.setHeader("Accept", "application/json");
    return http.execute(request, response -> {
      Wire.check(response.getStatusLine().getStatusCode(), request.getMethod());
      return response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
    });
  }

  @Override
  public Object getOne(String id) throws IOException {
    return send(new HttpGet(wire.segment(id)));
  }

  @Override
  public Object listPage100() throws IOException {
    return send(new HttpGet(wire.page100()));
  }

  @Override
  public Object postDelete(String displayName) throws IOException {
    HttpPost post = new HttpPost(wire.segments());
    post.setEntity(new ByteArrayEntity(wire.bodyNamed(displayName), ContentType.APPLICATION_JSON));
    URI created = wire.segment(Wire.idOf(send(post)));
    return send(new HttpDelete(created));
  }

  @Override
  public void close() throws IOException {
    http.close();
  }
}
