/** The reallocation API: requests with their key-result impact, votes, the resource ledger. */
package dev.okr.web.reallocation;
