package dev.okr.workflow.engine;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Set;

/**
 * The bean manager of the okr web module, captured when the process application starts. The
 * engine calls into okr from threads of other modules (engine-rest, the Camunda webapps, the job
 * executor), where no lookup by JNDI or {@code CDI.current()} would find okr's beans.
 */
public final class ApplicationBeans {

  private static volatile BeanManager beanManager;

  private ApplicationBeans() {
  }

  public static void register(BeanManager manager) {
    beanManager = manager;
  }

  public static void unregister() {
    beanManager = null;
  }

  /** The bean manager, or null before the process application started or after it stopped. */
  public static BeanManager beanManager() {
    return beanManager;
  }

  /** A contextual reference to the bean of this type. */
  public static <T> T get(Class<T> type) {
    BeanManager manager = requireStarted();
    Bean<?> bean = manager.resolve(manager.getBeans(type));
    if (bean == null) {
      throw new IllegalStateException("No CDI bean of type " + type.getName());
    }
    return type.cast(manager.getReference(bean, type, manager.createCreationalContext(bean)));
  }

  /** A contextual reference to the bean with this EL name, or null if there is none. */
  public static Object byName(String name) {
    BeanManager manager = beanManager;
    if (manager == null) {
      return null;
    }
    Set<Bean<?>> beans = manager.getBeans(name);
    if (beans.isEmpty()) {
      return null;
    }
    Bean<?> bean = manager.resolve(beans);
    return manager.getReference(bean, bean.getBeanClass(), manager.createCreationalContext(bean));
  }

  private static BeanManager requireStarted() {
    BeanManager manager = beanManager;
    if (manager == null) {
      throw new IllegalStateException("The okr process application has not started yet");
    }
    return manager;
  }
}
