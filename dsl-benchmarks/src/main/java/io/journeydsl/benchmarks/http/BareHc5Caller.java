package io.journeydsl.benchmarks.http;

import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Apache HttpClient 5 (classic) alone, pooled as the transport pools it: the limit of the Feign HC5 path. */
final class BareHc5Caller implements Caller {
  private final CloseableHttpClient http = HttpClients.custom()
      .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnPerRoute(64).setMaxConnTotal(128).build())
      .disableAutomaticRetries().build();
  private final Wire wire;

  BareHc5Caller(Wire wire) {
    this.wire = wire;
  }

  private byte[] send(HttpUriRequestBase request) throws IOException {
    request.setHeader("Authorization", Wire.AUTHORIZATION);
    request.setHeader("Accept", "application/json");
    return http.execute(request, response -> {
      Wire.check(response.getCode(), request.getMethod());
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
