package dev.okr.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, as every integration test deploys it. */
public final class OkrDeployments {

  private OkrDeployments() {
  }

  public static EnterpriseArchive ear() {
    String path = System.getProperty("okr.ear", "target/okr.ear");
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
  }
}
