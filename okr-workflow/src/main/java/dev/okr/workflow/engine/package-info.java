/**
 * Set-up of the embedded Camunda engine that is not plain configuration: the plugin that installs
 * the domain-backed identity provider and the expression resolver that finds CDI beans of this
 * application. The engine's settings themselves live in {@code META-INF/processes.xml}.
 */
package dev.okr.workflow.engine;
