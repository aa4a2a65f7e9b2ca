/** The check-in API: history per key result, new check-ins, corrections and retractions. */
package dev.okr.web.checkin;
