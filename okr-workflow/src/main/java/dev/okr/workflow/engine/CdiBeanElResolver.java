package dev.okr.workflow.engine;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves top-level names in BPMN expressions, such as {@code ${publishObjectiveDelegate}}, to
 * okr's CDI beans by their {@code @Named} name. Installed as the process application's resolver,
 * so it works whichever thread runs the process. Read-only: expressions cannot replace beans.
 */
public class CdiBeanElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    Object bean = ApplicationBeans.byName(name);
    if (bean != null) {
      context.setPropertyResolved(true);
    }
    return bean;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Beans are not assignable from expressions; another resolver handles variables.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }
}
