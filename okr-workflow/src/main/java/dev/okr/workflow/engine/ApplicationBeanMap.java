package dev.okr.workflow.engine;

import java.util.AbstractMap;
import java.util.Set;

/**
 * okr's CDI beans by EL name, as the engine's own bean map. The process application's resolver
 * only applies inside its context; expressions the engine evaluates elsewhere — a timer start
 * event re-created when an admin deletes a newer version from Camunda Modeler, a request on
 * {@code /engine-rest} — resolve {@code ${calibrationSchedule.cycle()}} through this map.
 * Look-ups go to the running application's BeanManager; the map cannot be listed.
 */
public final class ApplicationBeanMap extends AbstractMap<Object, Object> {

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && ApplicationBeans.byName(name) != null;
  }

  @Override
  public Object get(Object key) {
    return key instanceof String name ? ApplicationBeans.byName(name) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return Set.of();
  }
}
