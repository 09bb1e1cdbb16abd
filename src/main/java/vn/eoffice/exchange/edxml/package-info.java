/**
 * QCVN 102:2016 edXML packages: the document and status models, building and hardened parsing, and the enveloped
 * XML digital signature (RSA-SHA256) that authenticates every package.
 */
package vn.eoffice.exchange.edxml;
